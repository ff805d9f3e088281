import type { Plugin } from 'vite';

export interface BoardPageModules {
  plugin: Plugin;
  /** Run by every page (the entry imports it), or by an editor and another chunk: loaded with the entry. */
  isCommon: (id: string) => boolean;
  /** Needed by more than one of the other pages and never on a board page: a chunk only they load. */
  isPagesOnly: (id: string) => boolean;
  /** Imported (statically) by this editor: its own code and libraries, unless common. */
  isInEditor: (editor: string, id: string) => boolean;
}

/**
 * Where the app's shared code goes, worked out from the module graph once the build has read every
 * module (before the chunks are made, so the chunk groups in vite.config.ts can ask).
 *
 * Left to the bundler's share counts, one `common` chunk held everything two chunks need, so a
 * board page also ran the code only the region pages share (the region's frame and breadcrumbs, the
 * barometer's summary, the region and municipality schemas). Here a module is counted by the parts
 * of the app that import it statically: the entry, and each lazily loaded page or editor with
 * everything it imports (and what an editor itself loads later, which counts as that editor).
 */
export function boardPageModules({ entry, editors }: { entry: string; editors: string[] }): BoardPageModules {
  let entryGraph = new Set<string>();
  let editorGraph = new Set<string>();
  let editorGraphs = new Map<string, Set<string>>();
  let importingParts = new Map<string, number>();
  const plugin: Plugin = {
    name: 'planrom-board-page-modules',
    apply: 'build',
    buildEnd() {
      entryGraph = new Set();
      editorGraph = new Set();
      editorGraphs = new Map();
      importingParts = new Map();
      // Another set of pages built with the same configuration (the bench's floors): nothing to place.
      if (!this.getModuleInfo(entry)) return;
      const missing = editors.filter((editor) => !this.getModuleInfo(editor));
      if (missing.length) this.error(`board-page-modules: not in the build: ${missing.join(', ')}`);
      const staticGraph = (root: string) => {
        const reached = new Set<string>();
        const waiting = [root];
        for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
          if (reached.has(id)) continue;
          reached.add(id);
          waiting.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return reached;
      };
      const lazyParts = new Set([...this.getModuleIds()].flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
      entryGraph = staticGraph(entry);
      editorGraphs = new Map(editors.map((editor) => [editor, staticGraph(editor)]));
      // A part an editor loads later (its document views, its CSV reader) counts as that editor:
      // what it shares with the editor is the editor's, not common to the whole app.
      const partOf = (root: string) => {
        const importers = this.getModuleInfo(root)?.dynamicImporters ?? [];
        const owner = editors.find((editor) => importers.length > 0 && importers.every((importer) => editorGraphs.get(editor)!.has(importer)));
        return owner ?? root;
      };
      const partsImporting = new Map<string, Set<string>>();
      for (const root of [entry, ...lazyParts]) {
        const graph = root === entry ? entryGraph : (editorGraphs.get(root) ?? staticGraph(root));
        const part = root === entry ? entry : partOf(root);
        for (const id of graph) partsImporting.set(id, (partsImporting.get(id) ?? new Set()).add(part));
      }
      editorGraph = new Set([...editorGraphs.values()].flatMap((graph) => [...graph]));
      for (const [id, parts] of partsImporting) importingParts.set(id, parts.size);
    },
  };
  const shared = (id: string) => (importingParts.get(id) ?? 0) >= 2;
  return {
    plugin,
    isCommon: (id) => entryGraph.has(id) || (editorGraph.has(id) && shared(id)),
    isPagesOnly: (id) => !entryGraph.has(id) && !editorGraph.has(id) && shared(id),
    isInEditor: (editor, id) => editorGraphs.get(editor)?.has(id) ?? false,
  };
}
