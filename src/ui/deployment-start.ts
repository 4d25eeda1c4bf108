/**
 * The part of the deployment configuration the screens before the passphrase
 * need: which languages the chooser shows first and which neutral identities
 * are offered. The numbers and names of the rest load only after unlocking.
 */
import start from 'virtual:notebook-deployment-start';
import type { DeploymentStart } from '../domain/deployment';

export const DEPLOYMENT_START: DeploymentStart = start;
