//! `messages!`: defines an area's messages as constants and lists them.

/// `messages! { AREA; NAME = "key" "English"; … @counted NAME = "key" "one" "other"; … }`
macro_rules! messages {
    (
        $area:ident;
        $( $(#[doc = $doc:literal])* $name:ident = $key:literal $en:literal; )*
        $( @counted $(#[doc = $cdoc:literal])* $cname:ident = $ckey:literal $one:literal $other:literal; )*
    ) => {
        $( $(#[doc = $doc])* pub const $name: $crate::messages::Msg = $crate::messages::Msg {
            #[cfg(feature = "tools")]
            key: $key,
            id: $crate::messages::key_id($key),
            en: $en,
        }; )*
        $( $(#[doc = $cdoc])* pub const $cname: $crate::messages::Counted = $crate::messages::Counted {
            #[cfg(feature = "tools")]
            key: $ckey,
            id: $crate::messages::key_id($ckey),
            one: $one,
            other: $other,
        }; )*
        /// Every message of this area.
        pub const $area: &[$crate::messages::Known] = &[
            $( $crate::messages::Known::Plain($name), )*
            $( $crate::messages::Known::Counted($cname), )*
        ];
    };
}
