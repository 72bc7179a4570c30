using System.Globalization;
using NovaForge.Bench.Data;

return args switch
{
    ["generate-csv", var path, var rows] => CaseStudyCsv.Write(path, long.Parse(rows, CultureInfo.InvariantCulture)),
    ["hash", var cacheDirectory, .. var files] when files.Length > 0 => HashCheck.Run(cacheDirectory, files),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: databench generate-csv FILE ROWS | databench hash CACHE_DIR FILE...");
    return 2;
}
