import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // The domain stays framework-free so API, portal and SQL tests can share it.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'typeorm/*', '@angular/*', 'rxjs', 'rxjs/*', '@nap/*'],
              message: 'libs/domain is pure TypeScript: no framework or app imports.',
            },
          ],
        },
      ],
    },
  },
];
