// Runs in: everywhere. Public entry of the process catalogue: import from 'shared/process'.
export * from './catalogue';
export * from './coverage';
export * from './editors';
export * from './progress';
export * from './seedIds';
export * from './statuses';
export * from './types';
export * from './validate';
