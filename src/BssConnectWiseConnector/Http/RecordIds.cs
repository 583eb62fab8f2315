using System.Linq.Expressions;
using System.Reflection;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// Reads the <c>id</c> of a listed record, for the forward-only paging fallback that continues after the last id
/// when ConnectWise sent no readable next link. Every ConnectWise model has an <c>int? Id</c>; a type without one
/// (such as a raw JSON object) has no reader.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal static class RecordIds<T>
{
    /// <summary>Gets the compiled reader of <c>Id</c>, or <see langword="null"/> when <typeparamref name="T"/> has none.</summary>
    public static Func<T, int?>? Reader { get; } = Build();

    /// <summary>The largest id of the records.</summary>
    /// <param name="items">The records.</param>
    /// <returns>The largest id, or <see langword="null"/> when none has one.</returns>
    public static int? Max(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (Reader is not { } read)
        {
            return null;
        }

        int? max = null;
        foreach (var item in items)
        {
            if (item is not null && read(item) is { } id && (max is null || id > max))
            {
                max = id;
            }
        }

        return max;
    }

    private static Func<T, int?>? Build()
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
        if (property is null || (property.PropertyType != typeof(int?) && property.PropertyType != typeof(int)))
        {
            return null;
        }

        var record = Expression.Parameter(typeof(T), "record");
        var body = Expression.Convert(Expression.Property(record, property), typeof(int?));
        return Expression.Lambda<Func<T, int?>>(body, record).Compile();
    }
}
