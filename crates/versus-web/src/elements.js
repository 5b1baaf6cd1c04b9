// Lifecycle of <versus-compare> and <versus-artifact>: this file only attaches an open
// shadow root, links the stylesheet inside it, waits for `loading="lazy"` widgets to come
// into view, and tells Rust when to mount, update and unmount. Rust renders everything.
// It defines nothing global except the two custom element names.

const OBSERVED = ['items', 'item', 'catalog', 'theme', 'compact', 'max-capabilities'];

export function define_elements(base, mount, update, unmount) {
  const stylesheet = new URL('versus.css', base).href;

  class VersusElement extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    connectedCallback() {
      if (this.versusHandle !== undefined || this.versusObserver) return;
      const lazy = (this.getAttribute('loading') || '').toLowerCase() === 'lazy';
      if (lazy && 'IntersectionObserver' in window) {
        this.versusObserver = new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            this.versusObserver.disconnect();
            this.versusObserver = undefined;
            this.versusStart();
          }
        }, { rootMargin: '200px' });
        this.versusObserver.observe(this);
      } else {
        this.versusStart();
      }
    }

    versusStart() {
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      root.replaceChildren();
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = stylesheet;
      const container = document.createElement('div');
      // Hidden until the stylesheet arrives (or fails), so no unstyled flash.
      container.hidden = true;
      const reveal = () => { container.hidden = false; };
      link.addEventListener('load', reveal, { once: true });
      link.addEventListener('error', reveal, { once: true });
      root.append(link, container);
      this.versusHandle = mount(this.localName, this, container);
    }

    attributeChangedCallback() {
      if (this.versusHandle !== undefined) update(this.versusHandle, this);
    }

    disconnectedCallback() {
      if (this.versusObserver) {
        this.versusObserver.disconnect();
        this.versusObserver = undefined;
      }
      if (this.versusHandle !== undefined) {
        unmount(this.versusHandle);
        this.versusHandle = undefined;
        if (this.shadowRoot) this.shadowRoot.replaceChildren();
      }
    }
  }

  for (const name of ['versus-compare', 'versus-artifact']) {
    if (!customElements.get(name)) customElements.define(name, class extends VersusElement {});
  }
}
