// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../../ui/lang-context.ts';
import { RoleSwitch } from './role-switch.tsx';

afterEach(cleanup);

describe('RoleSwitch', () => {
  it('switches the role and says nothing is remembered while the role is core’s detection', () => {
    const onChange = vi.fn();
    render(<RoleSwitch role="roster" roles={['roster', 'requisitions']} rememberedOn={null} onChange={onChange} />);
    fireEvent.change(screen.getByTestId('page-role'), { target: { value: 'requisitions' } });
    expect(onChange).toHaveBeenCalledWith('requisitions');
    expect(screen.queryByTestId('page-role-remembered')).toBeNull();
  });

  it('says where the user’s own choice is remembered, in the panel’s language', () => {
    render(<LangContext.Provider value="zh-CN"><RoleSwitch role="requisitions" roles={['roster', 'requisitions']} rememberedOn="acme.odoo.com" onChange={vi.fn()} /></LangContext.Provider>);
    expect(screen.getByTestId('page-role-remembered').textContent).toContain('已为 acme.odoo.com 上的这张表记住');
  });
});
