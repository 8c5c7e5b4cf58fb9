namespace FurnaceFw.Web
{
    /// <summary>Creates one handler per worker when the server starts, so handlers preallocate their scratch memory once.</summary>
    public interface IRequestHandlerFactory
    {
        IRequestHandler CreateHandler(HttpServer server, ResponseWriter output);
    }
}
