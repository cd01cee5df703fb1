import { Menu, MenuButton, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { DocumentFormat } from '../core/render/index.ts';
import { useT } from './lang-context.ts';

/** Core's formats, most asked-for first; listed here, not imported from core's render index, which would pull the Word and PowerPoint writers into the pane's first load. */
const formats = ['docx', 'pptx', 'html', 'md', 'json'] as const satisfies readonly DocumentFormat[];

/** One menu to export a document as a file in any format core writes and (with `onCopy`) copy its summary as rich text for an email or a chat. */
export function ExportMenu({ onExport, onCopy }: { onExport: (format: DocumentFormat) => void; onCopy?: () => void }) {
  const { tr } = useT();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small" data-testid="export-menu">{tr('ui.export.menu')}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {formats.map((format) => (
            <MenuItem key={format} onClick={() => onExport(format)} data-testid={`export-${format}`}>
              {tr(`ui.export.file.${format}`)}
            </MenuItem>
          ))}
          {onCopy && (
            <>
              <MenuDivider />
              <MenuItem onClick={onCopy} data-testid="copy-rich-text">{tr('ui.export.copy')}</MenuItem>
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
