import Foundation

/// Validates the documents of a workspace folder against docs/schema with Python's `jsonschema`.
enum SchemaValidation {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let schemaFolder = repository.appendingPathComponent("docs/schema")

  struct Result {
    var status: Int32
    /// The number of documents checked, then one line per problem.
    var output: String
  }

  private static let script = #"""
    import json, pathlib, sys
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        print("the Python module jsonschema is missing: pip install jsonschema")
        sys.exit(3)
    schemas, workspace = (pathlib.Path(a) for a in sys.argv[1:3])
    fixed = {"workspace.json": "workspace", "pillars.json": "pillars", "promise.json": "promise",
             "segments.json": "segments", "scorecard.json": "scorecard", "assumptions.json": "assumptions",
             "signal-tags.json": "signal-tags", "charter.json": "charter"}
    problems, count = [], 0
    for path in sorted(workspace.rglob("*.json")):
        name = path.relative_to(workspace).as_posix()
        if name.startswith(".pillars/"):
            continue
        kind = fixed.get(name) or {"history": "history", "journeys": "journey", "reviews": "review",
            "experiments": "experiment", "signals": "signal-theme", "checkpoints": "checkpoint"}.get(name.split("/")[0])
        schema_text = (schemas / f"{kind}.schema.json").read_text(encoding="utf-8")
        schema = json.loads(schema_text)
        Draft202012Validator.check_schema(schema)
        document = json.loads(path.read_text(encoding="utf-8"))
        count += 1
        referenced = path.parent / document.get("$schema", "")
        if not referenced.is_file() or referenced.read_text(encoding="utf-8") != schema_text:
            problems.append(f"{name}: $schema does not lead to {kind}.schema.json")
        for error in Draft202012Validator(schema).iter_errors(document):
            problems.append(f"{name}: {error.json_path}: {error.message}")
    print(count)
    print("\n".join(problems))
    sys.exit(1 if problems else 0)
    """#

  static func validate(_ workspace: URL) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, schemaFolder.path, workspace.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var text = String(decoding: data, as: UTF8.self)
    if process.terminationStatus == 127 {
      text = "python3 is missing: install Python 3, then pip install jsonschema\n" + text
    }
    return Result(status: process.terminationStatus, output: text)
  }
}
