namespace Kim.Workflows.Engine.Execution;

/// <summary>Deterministic ids 00000000-…-000000000001, 2, 3… for simulations and tests.</summary>
public sealed class CountingIdGenerator : IIdGenerator
{
    private long _next;

    public Guid NewId()
    {
        var n = Interlocked.Increment(ref _next);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[8..], System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(n));
        return new Guid(bytes, bigEndian: true);
    }
}
