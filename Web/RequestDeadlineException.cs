using System;

namespace FurnaceFw.Web
{
    /// <summary>The request's deadline passed while its response was still being sent.</summary>
    public sealed class RequestDeadlineException : Exception
    {
    }
}
