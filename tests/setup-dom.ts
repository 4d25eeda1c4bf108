import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A save now also reads and writes the ledger, and CI runs many test files at once on two
// cores: the default second for findBy* and waitFor is too short there to mean "never".
configure({ asyncUtilTimeout: 4000 });

afterEach(() => cleanup());
