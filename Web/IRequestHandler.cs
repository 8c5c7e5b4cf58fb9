namespace FurnaceFw.Web
{
    /// <summary>Answers one complete, well-formed request on a worker thread. Each worker has its own instance.</summary>
    public interface IRequestHandler
    {
        /// <summary>Writes the whole response (head and body) to <paramref name="output"/> and flushes it.</summary>
        void Handle(HttpRequest request, ResponseWriter output);
    }
}
