//! Embeds the standard-library modules written in Python (`interp/lib/**/*.py`) into the
//! binary: generates a table of (dotted module name, path under lib/, is-package, source).

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn main() {
    // Read at run time: `env!` would bake in the directory the build script was compiled
    // in, which goes stale when a target directory is copied to another checkout.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let root = Path::new(&manifest_dir).join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut table = String::from("pub static STDLIB: &[StdlibModule] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let stem = rel.trim_end_matches(".py");
        let (name, is_package) = match stem.strip_suffix("/__init__") {
            Some(pkg) => (pkg.replace('/', "."), true),
            None => (stem.replace('/', "."), false),
        };
        writeln!(
            table,
            "    StdlibModule {{ name: {name:?}, path: {rel:?}, is_package: {is_package}, source: include_str!({:?}) }},",
            f.display()
        )
        .unwrap();
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("stdlib_table.rs");
    std::fs::write(out, table).unwrap();
}
