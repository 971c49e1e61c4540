/** True only in the end-to-end build (`npm run build:e2e`): webpack's DefinePlugin replaces it. */
declare const H4A_TEST_HOOK: boolean;
