namespace FurnaceFw.Web
{
    /// <summary>
    /// One parsed request as offsets into its worker's receive buffer: nothing is copied or allocated. A worker owns
    /// one instance for its lifetime and resets it for each connection.
    /// </summary>
    public sealed class HttpRequest
    {
        public const int MethodGet = 1;
        public const int MethodHead = 2;
        public const int MethodPost = 3;

        public byte[] Buffer;

        /// <summary>The connection the request came on (the PIN limiter asks it for the client's address).</summary>
        public IConnection Connection;
        public int Method;
        public int VersionMinor;
        public int TargetStart;
        public int TargetLength;
        public int HostStart = -1;
        public int HostLength;

        /// <summary>The host part of Host (brackets included for an IP literal), its kind (<see cref="Authority"/>),
        /// port (<see cref="Authority.NoPort"/> when absent) and, for IPv4 and IPv6, the parsed address.</summary>
        public int HostNameLength;
        public int HostKind;
        public int HostPort = Authority.NoPort;
        public int HostIpv4;
        public readonly int[] HostIpv6 = new int[8];

        /// <summary>Scratch for parsing an IPv6 Origin (the write guard is shared, so the memory lives here).</summary>
        public readonly int[] OriginIpv6 = new int[8];
        public int OriginStart = -1;
        public int OriginLength;
        public int FetchSiteStart = -1;
        public int FetchSiteLength;
        public int CsrfStart = -1;
        public int CsrfLength;
        public int PinStart = -1;
        public int PinLength;
        public int ContentLength = -1;
        public bool HasTransferEncoding;
        public int HeaderCount;
        public int BodyStart;

        // Incremental parse position, so a client trickling bytes costs O(n) in total, not O(n²).
        internal int Phase;
        internal int ScanPos;
        internal int LineStart;
        internal int HeadersStart;

        public int BodyLength => ContentLength < 0 ? 0 : ContentLength;

        public void Reset(byte[] buffer)
        {
            Buffer = buffer;
            Connection = null;
            Method = 0;
            VersionMinor = 0;
            TargetStart = 0;
            TargetLength = 0;
            HostStart = -1;
            HostLength = 0;
            HostNameLength = 0;
            HostKind = Authority.Invalid;
            HostPort = Authority.NoPort;
            HostIpv4 = 0;
            OriginStart = -1;
            OriginLength = 0;
            FetchSiteStart = -1;
            FetchSiteLength = 0;
            CsrfStart = -1;
            CsrfLength = 0;
            PinStart = -1;
            PinLength = 0;
            ContentLength = -1;
            HasTransferEncoding = false;
            HeaderCount = 0;
            BodyStart = 0;
            Phase = 0;
            ScanPos = 0;
            LineStart = 0;
            HeadersStart = 0;
        }

        /// <summary>The request target's path (before any '?') equals <paramref name="path"/> exactly.</summary>
        public bool PathIs(byte[] path)
        {
            int length = TargetLength;
            for (int i = 0; i < TargetLength; i++)
            {
                if (Buffer[TargetStart + i] == (byte)'?')
                {
                    length = i;
                    break;
                }
            }

            return Ascii.Equals(Buffer, TargetStart, length, path, false);
        }
    }
}
