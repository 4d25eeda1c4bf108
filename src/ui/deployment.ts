/**
 * The deployment configuration the app was built with (src/domain/deployment.ts):
 * the host's emergency number, hotlines, organisations, the languages shown
 * first and the neutral identities. It is part of the build, so it works
 * offline and nothing about it is fetched. Only the screens behind the
 * passphrase import it; the ones before it use deployment-start.ts.
 */
import deployment from 'virtual:notebook-deployment';
import type { Deployment } from '../domain/deployment';

export const DEPLOYMENT: Deployment = deployment;
