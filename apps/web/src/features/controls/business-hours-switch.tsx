import { useId } from 'react';
import { useI18n } from '../../i18n/locale.tsx';

export function BusinessHoursSwitch({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field field-switch">
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        className="switch"
        onClick={() => {
          onChange(!checked);
        }}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-label">{t.businessHoursOnly}</span>
      </button>
    </div>
  );
}
