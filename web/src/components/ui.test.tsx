import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CopyField, ResourceTable } from './ui';

afterEach(cleanup);

type TRow = { id: string; name: string };

function table(resource: { data: TRow[] | undefined; error: unknown; isLoading: boolean }, empty?: string) {
  return render(
    <ResourceTable
      resource={resource}
      loadingLabel="Loading rows…"
      {...(empty === undefined ? {} : { empty })}
      columns={['Name']}
      actions
    >
      {(rows) =>
        rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>
              <button type="button">Remove</button>
            </td>
          </tr>
        ))
      }
    </ResourceTable>,
  );
}

describe('ResourceTable', () => {
  it('shows the spinner on the first load and no table', () => {
    table({ data: undefined, error: undefined, isLoading: true }, 'Nothing yet.');
    expect(screen.getByRole('status').textContent).toContain('Loading rows…');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when the list is empty, instead of an empty table', () => {
    table({ data: [], error: undefined, isLoading: false }, 'Nothing yet.');
    expect(screen.getByText('Nothing yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the headings of an empty list that has no empty line', () => {
    table({ data: [], error: undefined, isLoading: false });
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Actions']);
  });

  it('lists the rows under their headings, with a hidden heading for the actions column', () => {
    table({
      data: [
        { id: '1', name: 'Ada' },
        { id: '2', name: 'Grace' },
      ],
      error: undefined,
      isLoading: false,
    });
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2] as HTMLElement).getByRole('rowheader').textContent).toBe('Grace');
    expect(screen.getByText('Actions').className).toBe('visually-hidden');
  });

  it('shows a failed load as an alert', () => {
    table({ data: undefined, error: new Error('The server is down'), isLoading: false });
    expect(screen.getByRole('alert').textContent).toContain('The server is down');
  });
});

describe('CopyField', () => {
  it('names the value for screen readers and labels its button', () => {
    render(<CopyField value="tok_123" label="The new API token" copyLabel="Copy token" />);
    const field = screen.getByLabelText('The new API token') as HTMLInputElement;
    expect(field.value).toBe('tok_123');
    expect(field.readOnly).toBe(true);
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeTruthy();
  });
});
