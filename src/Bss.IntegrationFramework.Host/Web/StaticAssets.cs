using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// How the pages' style sheet and script (<c>wwwroot/assets</c>) are served: as files, so the content security
/// policy can forbid inline script and style; only the types the pages use, with their charset.
/// </summary>
internal static class StaticAssets
{
    /// <summary>Gets the static file options.</summary>
    /// <param name="webRoot">The files of wwwroot.</param>
    /// <returns>The options.</returns>
    public static StaticFileOptions Options(IFileProvider webRoot)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        return new StaticFileOptions { FileProvider = webRoot, ContentTypeProvider = types };
    }
}
