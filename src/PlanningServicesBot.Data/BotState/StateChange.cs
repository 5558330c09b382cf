namespace PlanningServicesBot.Data.BotState;

/// <summary>One document of a write batch, serialized before the write lock is taken.</summary>
/// <param name="ExpectedETag">The ETag the stored row must have; null writes unconditionally.</param>
internal readonly record struct StateChange(string Key, string? ExpectedETag, ReadOnlyMemory<byte> Value, string NewETag);

/// <summary>A document to delete: any version (<paramref name="ETag"/> null), or only the one with that ETag.</summary>
internal readonly record struct StateDeletion(string Key, string? ETag);
