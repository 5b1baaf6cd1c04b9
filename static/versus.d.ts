// Types of the Versus custom elements. `import "versus-widget"` defines
// <versus-compare> and <versus-artifact>; this file types them for the DOM, for React's
// JSX and for Vue templates. docs/hosts.md says what each attribute and event does.

/** `light` unless set: `dark`, or `auto` to follow the reader's system. */
export type VersusTheme = 'light' | 'dark' | 'auto';

/** A comparison card (`<versus-compare>`) or an artifact card (`<versus-artifact>`). */
export type VersusKind = 'compare' | 'artifact';

/** `versus:ready`: the card is shown (once per card; again when it shows another). */
export interface VersusReadyDetail {
  kind: VersusKind;
  /** The artifact ids shown, in order. */
  items: string[];
  /** The catalog's absolute URL. */
  catalog: string;
  /** The language the card speaks (BCP 47). */
  lang: string;
  /** True for a pre-rendered card painted without the wasm. */
  painted: boolean;
}

/** `versus:select` (cancelable): the reader follows a link to an artifact or a comparison. */
export interface VersusSelectDetail {
  /** What the link leads to. */
  kind: VersusKind;
  items: string[];
  /** Where the link goes unless a listener calls `preventDefault()`. */
  href: string;
  /** True for the artifact's own website ("Visit", `kind` artifact), false for a page of the standalone site. */
  external: boolean;
}

/** The reader's weights: the rank's and each catalog signal's (by id), 0 to 5. */
export interface VersusWeights {
  rank: number;
  signals: Record<string, number>;
}

/** The cost calculator's monthly volume in tokens. */
export interface VersusUsage {
  inputTokens: number;
  outputTokens: number;
}

/** `versus:change`: the reader changed the weights, the compared set or the calculator. */
export interface VersusChangeDetail {
  reason: 'weights' | 'items' | 'usage';
  /** The compared ids after the change (the element's `items` already say so). */
  items: string[];
  weights: VersusWeights;
  usage: VersusUsage;
}

/** Why a widget shows an error instead of its card. */
export type VersusErrorReason =
  | 'network'
  | 'http'
  | 'syntax'
  | 'invalid'
  | 'refused-url'
  | 'unknown-items'
  | 'code';

/** `versus:error`: the catalog (or the widget's code) cannot be loaded, or an id is unknown. */
export interface VersusErrorDetail {
  reason: VersusErrorReason;
  kind: VersusKind;
  /** The catalog's URL (absolute when it could be resolved, else as the attribute gave it). */
  catalog: string;
  /** The ids the element asked for. */
  items: string[];
  /** Ids the catalog does not have (`unknown-items`; empty when fewer than two to compare). */
  unknown: string[];
  /** JSON paths of the catalog's errors (`invalid`), as `artifacts[3].name`. */
  paths: string[];
  /** The HTTP status (`http`), else null. */
  status: number | null;
  /** The details the widget shows: the browser's or the validator's words. */
  messages: string[];
}

/** The events both elements dispatch: bubbling and composed, so `document` hears them. */
export interface VersusEventMap {
  'versus:ready': CustomEvent<VersusReadyDetail>;
  'versus:select': CustomEvent<VersusSelectDetail>;
  'versus:change': CustomEvent<VersusChangeDetail>;
  'versus:error': CustomEvent<VersusErrorDetail>;
}

/** What both elements have; each property reflects its attribute. */
interface VersusElementBase extends HTMLElement {
  /** `catalog`: the catalog's URL, http(s) or relative to the page; '' for the default. */
  catalog: string;
  /** `theme`. */
  theme: VersusTheme;
  /** `compact`: a denser card. */
  compact: boolean;
  /** `max-capabilities`: how many capabilities each list shows before "+N more" (1-100). */
  maxCapabilities: number | null;
  /** `loading`: `lazy` waits until the element nears the viewport. */
  loading: 'lazy' | 'eager';
}

/** `<versus-compare items="a,b">`: the comparison card of 2-4 artifacts. */
export interface VersusCompareElement extends VersusElementBase {
  /** `items`: the artifact ids, in column order. Set an array or a comma-separated string. */
  get items(): string[];
  set items(value: string[] | string);
}

/** `<versus-artifact item="a">`: the card of one artifact. */
export interface VersusArtifactElement extends VersusElementBase {
  /** `item`: the artifact's id. */
  item: string;
}

/** Attributes both elements take in markup. */
interface VersusAttributes {
  catalog?: string;
  theme?: VersusTheme;
  compact?: boolean;
  'max-capabilities'?: number | `${number}`;
  loading?: 'lazy' | 'eager';
  /** A built-in language instead of the catalog's (`de`, `fr`, `es`, `pt-BR`, `ja`, `zh-Hans`, `ar`, `en`). */
  lang?: string;
}

/** `<versus-compare>` in markup: `items` is required. */
export interface VersusCompareAttributes extends VersusAttributes {
  /** 2-4 artifact ids: `"a,b"`, or an array (set as the property). */
  items: string | string[];
}

/** `<versus-artifact>` in markup: `item` is required. */
export interface VersusArtifactAttributes extends VersusAttributes {
  item: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'versus-compare': VersusCompareElement;
    'versus-artifact': VersusArtifactElement;
  }
  // The events bubble through the page: any element, the document and the window hear them.
  interface GlobalEventHandlersEventMap {
    'versus:ready': CustomEvent<VersusReadyDetail>;
    'versus:select': CustomEvent<VersusSelectDetail>;
    'versus:change': CustomEvent<VersusChangeDetail>;
    'versus:error': CustomEvent<VersusErrorDetail>;
  }
}

/**
 * React 19 listens to a custom element's events through props named `on` + the event:
 * `<versus-compare onversus:select={(event) => event.preventDefault()} />`.
 */
export interface VersusEventProps {
  'onversus:ready'?: (event: CustomEvent<VersusReadyDetail>) => void;
  'onversus:select'?: (event: CustomEvent<VersusSelectDetail>) => void;
  'onversus:change'?: (event: CustomEvent<VersusChangeDetail>) => void;
  'onversus:error'?: (event: CustomEvent<VersusErrorDetail>) => void;
}

/** A React ref to an element (an object from `useRef` or a callback). */
export type VersusRef<T> = { current: T | null } | ((element: T | null) => void | (() => void)) | null;

// React's JSX, without naming React's own types: a project without React (or Vue) still
// type-checks this file. Every prop a <div> takes in React, typed by React itself when it
// is there, plus the element's own.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'versus-compare': VersusCompareAttributes &
        VersusEventProps &
        (IntrinsicElements extends { div: infer Div } ? Omit<Div, keyof VersusCompareAttributes | 'ref'> : {}) & {
          ref?: VersusRef<VersusCompareElement>;
        };
      'versus-artifact': VersusArtifactAttributes &
        VersusEventProps &
        (IntrinsicElements extends { div: infer Div } ? Omit<Div, keyof VersusArtifactAttributes | 'ref'> : {}) & {
          ref?: VersusRef<VersusArtifactElement>;
        };
    }
  }
}

// Vue's templates (vue-tsc, the editor): a component whose props are the attributes.
declare module 'vue' {
  interface GlobalComponents {
    'versus-compare': new () => { $props: VersusCompareAttributes };
    'versus-artifact': new () => { $props: VersusArtifactAttributes };
    VersusCompare: new () => { $props: VersusCompareAttributes };
    VersusArtifact: new () => { $props: VersusArtifactAttributes };
  }
}
