// The host's own dark-mode switch: flips the `theme` attribute of every widget live.
document.getElementById('toggle-theme')?.addEventListener('click', () => {
  const dark = document.body.classList.toggle('dark');
  for (const widget of document.querySelectorAll('versus-compare, versus-artifact')) {
    widget.setAttribute('theme', dark ? 'dark' : 'light');
  }
});
