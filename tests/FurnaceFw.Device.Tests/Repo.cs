namespace FurnaceFw.Device.Tests;

internal static class Repo
{
    public static string Root
    {
        get
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "FurnaceFw.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    public static string File(string relative) => Path.Combine(Root, relative);
}
