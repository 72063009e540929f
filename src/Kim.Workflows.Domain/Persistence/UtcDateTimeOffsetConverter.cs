using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>Stores instants as UTC date-times, sortable and comparable on SQLite and PostgreSQL alike.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
