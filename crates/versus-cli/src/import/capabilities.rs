//! The capabilities an importer may claim, each from one fact a source states (an input
//! modality, a supported parameter, a `supports_*` flag), worded once for both sources so
//! that the same fact reads the same and ranks related artifacts the same.

/// One capability as the catalog writes it: `{title, description, intents}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capability {
    pub title: &'static str,
    pub description: &'static str,
    pub intents: &'static [&'static str],
}

pub const IMAGE_INPUT: Capability = Capability {
    title: "Image input",
    description: "Accepts images as part of the prompt.",
    intents: &["vision", "image", "multimodal"],
};

pub const FILE_INPUT: Capability = Capability {
    title: "File input",
    description: "Accepts files such as PDFs as part of the prompt.",
    intents: &["pdf", "documents", "files"],
};

pub const AUDIO_INPUT: Capability = Capability {
    title: "Audio input",
    description: "Accepts audio as part of the prompt.",
    intents: &["audio", "speech", "multimodal"],
};

pub const VIDEO_INPUT: Capability = Capability {
    title: "Video input",
    description: "Accepts video as part of the prompt.",
    intents: &["video", "multimodal"],
};

pub const IMAGE_OUTPUT: Capability = Capability {
    title: "Image generation",
    description: "Produces images as output.",
    intents: &["image", "generation"],
};

pub const AUDIO_OUTPUT: Capability = Capability {
    title: "Audio output",
    description: "Produces spoken audio as output.",
    intents: &["audio", "speech", "voice"],
};

pub const TOOL_CALLING: Capability = Capability {
    title: "Tool calling",
    description: "Calls functions and tools you define, passing their arguments as JSON.",
    intents: &["tools", "functions", "agents"],
};

pub const PARALLEL_TOOL_CALLS: Capability = Capability {
    title: "Parallel tool calls",
    description: "Asks for several tool calls in one response.",
    intents: &["tools", "functions", "agents"],
};

pub const REASONING: Capability = Capability {
    title: "Reasoning",
    description: "Works through a problem in reasoning tokens before it answers.",
    intents: &["reasoning", "thinking"],
};

pub const STRUCTURED_OUTPUT: Capability = Capability {
    title: "Structured output",
    description: "Answers in JSON that follows a schema you supply.",
    intents: &["json", "structured", "extraction"],
};

pub const WEB_SEARCH: Capability = Capability {
    title: "Web search",
    description: "Searches the web while it answers.",
    intents: &["search", "web"],
};

pub const PROMPT_CACHING: Capability = Capability {
    title: "Prompt caching",
    description: "Reuses a cached prompt prefix at a lower price than fresh input.",
    intents: &["caching", "cost"],
};

/// Adds `capability` unless it is already listed (two facts may claim the same one).
pub fn add(list: &mut Vec<Capability>, capability: Capability) {
    if !list.contains(&capability) {
        list.push(capability);
    }
}
