using System.Text;
using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Web
{
    /// <summary>The configuration problem as bytes, made once when the firmware is attached, so /api/status writes it
    /// without touching the strings per request.</summary>
    internal sealed class ConfigProblemText
    {
        public ConfigProblemText(ConfigProblem problem)
        {
            Encoding utf8 = new UTF8Encoding();
            Line = problem.Line;
            Key = utf8.GetBytes(problem.Key ?? string.Empty);
            Message = utf8.GetBytes(problem.Message ?? string.Empty);
        }

        public int Line { get; }

        public byte[] Key { get; }

        public byte[] Message { get; }
    }
}
