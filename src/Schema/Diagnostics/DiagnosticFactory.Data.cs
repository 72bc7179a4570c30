namespace NovaForge.Schema.Diagnostics;

/// <summary>
/// NF50xx: data preparation. Row problems point at the data file and name the row number and the column (CSV header
/// name or JSON key); definition problems carry the pipeline's YAML path. Where in the file (docs/diagnostics.md,
/// "Where data problems point"): CSV, the physical line and character column where the field starts; JSONL, the row's
/// line, column 1, except for malformed JSON and invalid UTF-8 (the character where they start); Parquet, the row
/// number and the column's position in the schema.
/// </summary>
public static partial class DiagnosticFactory
{

    public static Diagnostic DataFileUnreadable(string file, string reason) =>
        Error("NF5002", $"cannot read data file '{file}': {reason}", "Check the file's permissions and that it is not a directory or locked by another program.", SourceSpan.At(file, 1, 1));


    public static Diagnostic CsvHeaderMissing(string file) =>
        Error("NF5004", "the CSV file is empty: a header row naming the columns is required", "Add a first line with the column names, e.g. 'Body,Y,system'.", SourceSpan.At(file, 1, 1));

    public static Diagnostic MappedColumnMissing(string file, string column, string field, IReadOnlyList<string> available) =>
        Error("NF5005", $"column '{column}' (mapped to '{field}') is not in the file; its columns are: {OneOf(available)}.{DidYouMean(Suggest.Closest(column, available))}", "Fix 'columns' in the dataset or the file's header; names are case-sensitive.", SourceSpan.At(file, 1, 1));

    public static Diagnostic RaggedRow(SourceSpan at, long row, int fields, int expected) =>
        Error("NF5006", Invariant($"row {row} has {fields} fields; the header has {expected}"), "Quote fields that contain the delimiter, a quote (doubled inside quotes) or a line break; check the 'delimiter' setting.", at);

    public static Diagnostic InvalidUtf8(SourceSpan at, long byteOffset) =>
        Error("NF5007", Invariant($"the file is not valid UTF-8: invalid byte sequence at byte {byteOffset}"), "Re-save the file as UTF-8 (e.g. 'iconv -f latin1 -t utf-8'); nothing is replaced silently.", at);

    public static Diagnostic MalformedJsonLine(SourceSpan at, long row, string reason) =>
        Error("NF5008", Invariant($"row {row} is not valid JSON: {reason}"), "Each line of a JSONL file must be one complete JSON object.", at);

    public static Diagnostic JsonLineNotObject(SourceSpan at, long row, string kind) =>
        Error("NF5009", Invariant($"row {row} is a JSON {kind}, not an object"), "Each line of a JSONL file must be a JSON object such as {\"query\": \"...\", \"response\": \"...\"}.", at);

    public static Diagnostic CsvStrayQuote(SourceSpan at, long row, string column) =>
        Warning("NF5010", Invariant($"row {row}, column '{column}': a quote inside an unquoted field is kept as is"), "Quote the whole field and double the quotes inside it (RFC 4180): \"say \"\"hi\"\"\".", at);

    public static Diagnostic RecordTooLarge(SourceSpan at, long limitBytes) =>
        Error("NF5011", Invariant($"a field or line starting here is longer than {limitBytes / (1024 * 1024)} MB; is a quote left open?"), "Close the quote that starts the field, or split the value.", at);

    public static Diagnostic ParquetUnreadable(string file, string reason) =>
        Error("NF5012", $"cannot read Parquet file '{file}': {reason}", "Check that the file is a complete Parquet file (not truncated, not another format).", SourceSpan.At(file, 1, 1));

    public static Diagnostic ParquetColumnType(string file, string column, string type) =>
        Error("NF5013", $"column '{column}' has type {type}, which prepare cannot read", "Map string, number or boolean columns; convert other types when writing the file.", SourceSpan.At(file, 1, 1));

    public static Diagnostic DuplicateColumn(SourceSpan at, string column) =>
        Warning("NF5014", $"column '{column}' appears more than once in the header; the first one is used", "Rename one of the columns.", at);





    public static Diagnostic StageWithoutDataset(string path, string stage) =>
        Error("NF5024", $"stage '{stage}' has no 'dataset' to prepare", "Set 'dataset: <name>' (or 'name.part') on the stage.", path: path);

    public static Diagnostic SplitTooLarge(string path, string dataset, long requested, long available) =>
        Error("NF5025", Invariant($"dataset '{dataset}' asks for {requested:N0} rows but has {available:N0}"), "Lower the counts in 'sample'/'split', or use fractions (e.g. 0.8).", path: path);

    public static Diagnostic NoRowFormat(string path, string what) =>
        Error("NF5026", $"{what} has no row format that prepare writes", "Only eval (gen_qa, rft_eval), sft, dpo, rft and cpt stages read a dataset.", path: path);

    public static Diagnostic MethodNeedsModel(string path, string kind, string model, string needed) =>
        Error("NF5027", $"{kind} data is for {needed}; the pipeline's model is '{model}'", $"Use {needed} for {kind} stages, or another kind of stage for '{model}'.", path: path);

    public static Diagnostic ExtraColumnClash(string path, string column) =>
        Error("NF5028", $"extra column '{column}' would overwrite a field of the row", "Rename the column, or map it through 'id' or 'reference_answer' instead of 'extra'.", path: path);

    public static Diagnostic DatasetWithoutSource(string path, string dataset) =>
        Error("NF5029", $"dataset '{dataset}' has neither 'source' nor 'mix'", "Give the dataset a 'source' file, or a 'mix' of other datasets.", path: path);

    public static Diagnostic UnknownStageToPrepare(string stage, IEnumerable<string> known) =>
        Error("NF5030", $"there is no stage '{stage}'.{DidYouMean(Suggest.Closest(stage, known))}", "Give the id of a stage in the pipeline to --stage.");

    public static Diagnostic FieldMissing(SourceSpan at, long row, string field, string column) =>
        Error("NF5040", Invariant($"row {row}: no value for '{field}' (column '{column}')"), "Every row needs this field; fill the value or remove the row.", at);

    public static Diagnostic FieldEmpty(SourceSpan at, long row, string field, string column) =>
        Error("NF5041", Invariant($"row {row}: '{field}' (column '{column}') is empty"), "Text must not be empty or only whitespace; fill the value or remove the row.", at);

    public static Diagnostic FieldNotText(SourceSpan at, long row, string field, string column, string kind) =>
        Error("NF5042", Invariant($"row {row}: '{field}' (column '{column}') is a JSON {kind}, not text"), "Map a column holding a string (numbers and booleans are turned into text).", at);

    public static Diagnostic ReservedKeyword(SourceSpan at, long row, string field, string column, string keyword) =>
        Error("NF5043", Invariant($"row {row}: '{field}' (column '{column}') contains the reserved keyword '{keyword}'"), "Nova's Converse training format reserves role markers and special tokens (System:, User:, Bot:, Assistant:, Thought:, [EOS], <image>, <video>, <unk>); reword the text.", at);

    public static Diagnostic OptionalFieldInconsistent(SourceSpan at, long row, string field, bool present, string firstRow) =>
        Error("NF5044", present
            ? Invariant($"row {row} has '{field}' but {firstRow} has none: an optional field must be in all rows or in none")
            : Invariant($"row {row} has no '{field}' but {firstRow} has one: an optional field must be in all rows or in none"), "Fill the field in every row, or in none (for a fixed system prompt use 'system_prompt').", at);

    public static Diagnostic RoleOrder(SourceSpan at, long row, string problem) =>
        Error("NF5045", Invariant($"row {row}: {problem}"), "SFT and DPO turns alternate user, assistant, user, ... and end with the assistant. RFT roles are system, developer, user, assistant, tool and bot; a system (or developer) message comes first, if any, and a user message is required.", at);

    public static Diagnostic ConversationInvalid(SourceSpan at, long row, string problem) =>
        Error("NF5046", Invariant($"row {row}: {problem}"), "Rows that already hold 'messages' must follow the stage's conversation format (Converse for SFT and DPO, role/content strings for RFT); see 'Data in conversation form' in docs/pipeline-reference.md.", at);

    public static Diagnostic ContentNotSupported(SourceSpan at, long row, string where, string kind, string checks) =>
        Error("NF5047", Invariant($"row {row}: {where} is {kind} content, which prepare cannot check: the SDK checks {checks} by reading each object from S3, and prepare does not read S3"), "Keep rows with images, video or documents out of prepared data: validate them with the Nova Forge SDK (loader.validate) and upload them yourself. Text, reasoning and tool turns are supported.", at);

    public static Diagnostic ToolUseInvalid(SourceSpan at, long row, string problem) =>
        Error("NF5048", Invariant($"row {row}: {problem}"), "Declare each tool once (Converse: toolConfig.tools[].toolSpec with name, description and inputSchema.json; RFT: tools[] of type 'function' with name, description and parameters of type 'object'); a toolUse (assistant turn) needs a unique toolUseId, and its one toolResult comes in a later user turn.", at);

    public static Diagnostic ContentNotForModel(SourceSpan at, long row, string what, string model, string needed) =>
        Error("NF5049", Invariant($"row {row}: {what}, which is for {needed}; the pipeline's model is '{model}'"), "Remove it from the rows, or train a model that takes it: reasoningContent, documents and toolConfig need nova-lite-2; images and video need a model other than nova-micro.", at);

    public static Diagnostic TooFewRows(string path, string what, long rows, long minimum, string reason) =>
        Error("NF5050", Invariant($"{what} has {rows:N0} rows; at least {minimum:N0} are needed ({reason})"), "Add rows, or lower 'global_batch_size'.", path: path);

    public static Diagnostic NoRows(string path, string what) =>
        Error("NF5051", $"{what} has no rows", "Check the source file and the 'sample'/'split' settings.", path: path);

    public static Diagnostic MoreProblems(long shown, long total) =>
        Error("NF5052", Invariant($"{total - shown:N0} more data problems not listed ({total:N0} in all)"), "Fix the problems listed above and run again to see the rest.");

    public static Diagnostic OutputFailed(string file, string reason) =>
        Error("NF5060", $"cannot write prepared data '{file}': {reason}", "Check that the output folder is writable and the disk has room.", SourceSpan.At(file, 1, 1));

    public static Diagnostic HashCacheIgnored(string file, string reason) =>
        Warning("NF5061", $"the hash cache '{file}' is unreadable and was ignored: {reason}", "It is rebuilt on the next run; delete it if this persists.", SourceSpan.At(file, 1, 1));
}
