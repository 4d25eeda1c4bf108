/** The checked deployment configuration, made modules of the build by vite.config.ts. */
declare module 'virtual:notebook-deployment' {
  import type { Deployment } from '../domain/deployment';

  const deployment: Deployment;
  export default deployment;
}

/** The part the screens before the passphrase need. */
declare module 'virtual:notebook-deployment-start' {
  import type { DeploymentStart } from '../domain/deployment';

  const start: DeploymentStart;
  export default start;
}
