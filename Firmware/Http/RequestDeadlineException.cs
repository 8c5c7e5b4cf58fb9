using System;

namespace FurnaceFw.Firmware.Http
{
    /// <summary>The request's deadline passed while its response was still being sent.</summary>
    public sealed class RequestDeadlineException : Exception
    {
    }
}
