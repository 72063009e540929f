using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Kim.Workflows.Engine.Execution;

/// <summary>
/// Time-ordered ids (UUID v7, RFC 9562) from the injected clock plus a counter, so ids sort by creation
/// and index well in a database. Layout: 48-bit Unix milliseconds, version 7, a 12-bit counter within the
/// millisecond (RFC 9562 method 1: ids from one generator stay strictly increasing, even when the clock
/// stands still or steps back), variant 10, 62 random bits.
/// </summary>
/// <remarks>
/// The random bits come from <see cref="RandomNumberGenerator"/> in blocks of 4 KiB, not per id:
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> asks the operating system for 16 random bytes per id,
/// which cost about 0.8 µs per id here (a third of a short command). Thread-safe.
/// </remarks>
public sealed class SequentialIdGenerator(TimeProvider time) : IIdGenerator
{
    private const int CounterMax = 0xFFF;
    private const int RandomBlock = 4096;

    private readonly Lock _lock = new();
    private readonly byte[] _random = new byte[RandomBlock];
    private int _randomUsed = RandomBlock;
    private long _lastMilliseconds = long.MinValue;
    private int _counter;

    public Guid NewId()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        Span<byte> bytes = stackalloc byte[16];
        lock (_lock)
        {
            if (now > _lastMilliseconds)
            {
                _lastMilliseconds = now;
                _counter = 0;
            }
            else if (++_counter > CounterMax)
            {
                // 4,096 ids in one millisecond (or the clock went back): borrow the next millisecond.
                _lastMilliseconds++;
                _counter = 0;
            }

            if (_randomUsed > RandomBlock - 8)
            {
                RandomNumberGenerator.Fill(_random);
                _randomUsed = 0;
            }

            _random.AsSpan(_randomUsed, 8).CopyTo(bytes[8..]);
            _randomUsed += 8;
            BinaryPrimitives.WriteInt64BigEndian(bytes, _lastMilliseconds << 16); // bytes 0-5: timestamp
            bytes[6] = (byte)(0x70 | (_counter >> 8));
            bytes[7] = (byte)_counter;
        }

        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
