export { analyze } from './pipeline';
export * from './contract/types';
