using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Web.Definitions;

// Small response shapes of the definitions API, kept together because each is one line.

/// <summary>Answer of POST /api/definitions/validate.</summary>
public sealed record ValidationResponse(bool Valid, IReadOnlyList<ValidationProblem> Problems);

/// <summary>Answer of PUT /api/definitions/{key}/draft; <see cref="Valid"/> tells whether it could be published as is.</summary>
public sealed record DraftSavedResponse(string Key, DateTimeOffset SavedAt, bool Valid, IReadOnlyList<ValidationProblem> Problems);

/// <summary>Answer of POST /api/definitions/{key}/publish; <see cref="Created"/> is false when the content was unchanged.</summary>
public sealed record PublishResponse(string Key, int? Version, bool Created, string Message, IReadOnlyList<ValidationProblem> Problems);
