export { regions } from './regions';
export { municipalities } from './municipalities';
export { boards } from './boards';
export { instanceSettings } from './instance-settings';
