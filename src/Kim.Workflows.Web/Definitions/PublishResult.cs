using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Web.Definitions;

public enum PublishOutcome
{
    /// <summary>A new version was created.</summary>
    Published,

    /// <summary>The content equals the newest version: nothing was created.</summary>
    Unchanged,

    /// <summary>Validation failed; see the problems.</summary>
    Invalid,

    /// <summary>No XML was given and there is no draft.</summary>
    NothingToPublish,
}

/// <summary>Outcome of a publish; <see cref="Version"/> is the new version, or the current one when unchanged.</summary>
public sealed record PublishResult(PublishOutcome Outcome, int? Version, IReadOnlyList<ValidationProblem> Problems);
