# Sourced by scripts/setup, scripts/build and scripts/bench. `small_std CMD...` runs a
# release wasm build that compiles the standard library along with Versus (cargo's
# build-std) with std's `optimize_for_size` feature and without panic file locations:
# about 8 KiB (brotli) less per module than the prebuilt std. These builds use Cargo.toml's
# `wasm-release` profile, which keeps std's `alloc` optimized for speed.
#
# build-std and -Zlocation-detail are unstable, so these builds alone use one pinned, dated
# nightly (the way yew's size docs do); everything else uses rust-toolchain.toml's stable.
# RUSTUP_TOOLCHAIN overrides rust-toolchain.toml for the command and every cargo/rustc it
# starts (trunk's cargo too). scripts/setup installs the nightly with rust-src and the wasm
# target. Panics still reach the panic hook, so the widget's crash notice is unchanged.
SMALL_STD_TOOLCHAIN=nightly-2026-10-29
small_std() {
  RUSTUP_TOOLCHAIN=$SMALL_STD_TOOLCHAIN \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zlocation-detail=none \
    "$@"
}
