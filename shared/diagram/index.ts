export * from './vocabulary';
export * from './diagram-document';
export * from './diagram-ydoc';
export * from './actor-csv';
export * from './compare-variants';
export * from './interest-grid';
export * from './place-node';
export * from './new-id';
