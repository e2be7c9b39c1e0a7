import { inject, Pipe, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/**
 * Names a disaggregation dimension or option in the UI language when the translation files
 * know it (`dimensions.sex`, `dimensions.sex.female` → "Qadın"), else shows the code as given.
 * `{{ 'sex:female' | appDimension }}`, `{{ 'sex' | appDimension }}`, `{{ ['sex:female','age:child'] | appDimension }}`.
 */
@Pipe({ name: 'appDimension', pure: false })
export class DimensionLabelPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(value: string | readonly string[]): string {
    if (Array.isArray(value)) return value.map((cell) => this.one(cell)).join(' · ');
    return this.one(value as string);
  }

  private one(cell: string): string {
    const colon = cell.indexOf(':');
    if (colon <= 0) return this.label(`dimensions.${cell}._`, cell);
    const dimension = cell.slice(0, colon);
    const option = cell.slice(colon + 1);
    return this.label(`dimensions.${dimension}.${option}`, option);
  }

  private label(key: string, fallback: string): string {
    const text = this.transloco.translate(key);
    return text && text !== key ? text : fallback;
  }
}
