# Sourced by scripts/setup, scripts/build and scripts/bench. `small_std CMD...` runs a
# release wasm build that compiles the standard library along with Versus (cargo's
# build-std) with std's `optimize_for_size` feature and without panic file locations:
# about 8 KiB (brotli) less per module than the prebuilt std. These builds use Cargo.toml's
# `wasm-release` profile, which keeps std's `alloc` optimized for speed. build-std and
# -Zlocation-detail are unstable: RUSTC_BOOTSTRAP=1 lets the stable toolchain (rustc 1.95
# here) use them, for these builds only; a newer toolchain may change them. They need the rust-src component (scripts/setup adds it).
# Panics still reach the panic hook, so the widget's crash notice is unchanged.
small_std() {
  RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zlocation-detail=none \
    "$@"
}
