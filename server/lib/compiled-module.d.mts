export declare const compiledModulesFolder: string;

export interface CompiledModule {
  /** The module's file URL, for `import()` or a worker thread. */
  url: string;
  /** Writes the module again if someone removed it (threads start long after the server did). */
  ensureWritten(): Promise<void>;
}

export declare function compileModule(options: { entry: string; folder: string; name: string; sourceMap?: boolean }): Promise<CompiledModule>;
