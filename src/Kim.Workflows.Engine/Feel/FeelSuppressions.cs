using System.Diagnostics.CodeAnalysis;

// FEEL values are dynamically typed: evaluation helpers return object? on purpose, even where one
// branch happens to be a bool or a list.
[assembly: SuppressMessage("Performance", "CA1859", Scope = "namespaceanddescendants", Target = "~N:Kim.Workflows.Engine.Feel",
    Justification = "FEEL values are object? by design.")]
