namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>A read-only stream that throws once more than <c>limit</c> bytes have been read from
/// the inner stream, so a decompressing stream cannot unpack more than the import allows.</summary>
internal sealed class BoundedReadStream(Stream inner, long limit, Func<Exception> tooLarge) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        _read += n;
        return _read > limit ? throw tooLarge() : n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
