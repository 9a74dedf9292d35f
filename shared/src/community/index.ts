export * from './commands.js';
export * from './decide.js';
export * from './events.js';
export * from './evolve.js';
export * from './http.js';
export * from './model.js';
export * from './rotation.js';
export * from './view.js';
