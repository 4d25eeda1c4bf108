/** The checked deployment configuration, made a module of the build by vite.config.ts. */
declare module 'virtual:notebook-deployment' {
  import type { Deployment } from '../domain/deployment';

  const deployment: Deployment;
  export default deployment;
}
