using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// SQLite has no instant type and EF cannot compare DateTimeOffset text there; UTC ticks compare,
/// sort and index correctly. The offset is not kept: the runtime stores instants, not local times.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
