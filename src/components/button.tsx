import { useId, type ButtonHTMLAttributes, type MouseEvent } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
type Size = 'sm' | 'md';

const variants: Record<Variant, string> = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  danger: 'bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-slate-950 dark:hover:bg-red-300',
  ghost: 'text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
};
const sizes: Record<Size, string> = { sm: 'px-2 py-1 text-xs', md: 'px-3 py-1.5 text-sm' };
const unavailable = 'cursor-not-allowed opacity-60 hover:bg-inherit';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
  /** When set, the button stays focusable but does nothing; the reason is its accessible description and tooltip. */
  disabledReason?: string | null;
}

export function Button({ variant = 'secondary', size = 'md', disabledReason, className = '', onClick, type = 'button', title, ...rest }: ButtonProps) {
  const reasonId = useId();
  const blocked = Boolean(disabledReason);
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (blocked) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  const state = blocked || rest.disabled ? unavailable : '';
  return (
    <>
      <button
        {...rest}
        type={type}
        className={`inline-flex items-center justify-center gap-1 whitespace-nowrap rounded-md font-medium transition-colors ${variants[variant]} ${sizes[size]} ${state} ${className}`}
        aria-disabled={blocked || undefined}
        aria-describedby={blocked ? reasonId : rest['aria-describedby']}
        title={disabledReason ?? title}
        onClick={handleClick}
      />
      {blocked && (
        <span id={reasonId} className="sr-only">
          {disabledReason}
        </span>
      )}
    </>
  );
}
