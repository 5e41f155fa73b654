#pragma once

namespace Sockscope {

// What a renderer writes for a placeholder whose variable is unknown; each caller chooses
// (replay's variables answer an unknown name with an error instead, which fails the step).
enum class TemplateUnknown {
    KeepAsWritten, // the placeholder as it was written, and the name reported (the composer)
    Empty,         // empty text, or null where the placeholder is a whole value (the mock)
};

} // namespace Sockscope
