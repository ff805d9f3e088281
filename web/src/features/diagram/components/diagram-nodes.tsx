import { Handle, NodeResizer, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramNode } from '../../../../../shared/diagram/diagram-document';
import type { PresenceUser } from '../../../../../shared/sync/diagram-protocol';
import { nodeTitle } from '../model/labels';

/** What each React Flow node carries: the diagram node and who else has it selected. */
export type FlowNodeData = {
  node: DiagramNode;
  remote: PresenceUser[];
  readOnly: boolean;
  onResized?: (id: string, size: { width: number; height: number }, position: { x: number; y: number }) => void;
};
export type FlowNode = Node<FlowNodeData>;

function RemoteMarks({ remote }: { remote: PresenceUser[] }) {
  if (remote.length === 0) return null;
  return (
    <span className="diagram-node__remote" aria-hidden="true">
      {remote.map((user) => (
        <span key={user.id} className="diagram-node__remote-name" style={{ background: user.color }}>
          {user.name}
        </span>
      ))}
    </span>
  );
}

function Handles({ readOnly }: { readOnly: boolean }) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={!readOnly} />
      <Handle type="source" position={Position.Right} isConnectable={!readOnly} />
    </>
  );
}

/**
 * Keeps a legal citation or an abbreviation on one line where it breaks badly: "§" stays with its number, a section
 * number like 12-3 and a word like plan-ID are not split at their hyphen (labels otherwise wrap only between words).
 */
const keepCitations = (text: string) =>
  text
    .replace(/§\s+/g, '§\u00a0')
    .replace(/(\d)-(\d)/g, '$1\u2011$2')
    // An abbreviation joined by a hyphen ("plan-ID") is one word to a reader, too short to split.
    .replace(/(\p{L})-(\p{Lu}{2,})/gu, '$1\u2011$2');

const outline = (remote: PresenceUser[]) => (remote[0] ? { boxShadow: `0 0 0 3px ${remote[0].color}` } : undefined);

function ActorNodeView({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  if (node.type !== 'aktor') return null;
  return (
    <div className={`diagram-node diagram-node--aktor diagram-node--${node.data.category}`} style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">
        {t('diagram.node-type.aktor')} · {t(`diagram.category.${node.data.category}`)}
      </span>
      <span className="diagram-node__title">{keepCitations(node.data.name)}</span>
      {node.data.role ? <span className="diagram-node__detail">{keepCitations(node.data.role)}</span> : null}
      <span className="diagram-node__detail">{t('diagram.node.scores', { interest: String(node.data.interest), influence: String(node.data.influence) })}</span>
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function StepNodeView({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  if (node.type !== 'prosessteg') return null;
  return (
    <div className="diagram-node diagram-node--prosessteg" style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">
        {t('diagram.node-type.prosessteg')} · {t(`diagram.phase.${node.data.phase}`)}
      </span>
      <span className="diagram-node__title">{node.data.title}</span>
      {node.data.legalRef ? <span className="diagram-node__detail">{keepCitations(node.data.legalRef)}</span> : null}
      {node.data.deadline ? <span className="diagram-node__detail">{t('diagram.node.deadline', { deadline: node.data.deadline })}</span> : null}
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function DecisionNodeView({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  if (node.type !== 'avklaringspunkt') return null;
  return (
    <div className="diagram-node diagram-node--avklaringspunkt" style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">
        <span aria-hidden="true">◆ </span>
        {t('diagram.node-type.avklaringspunkt')}
      </span>
      <span className="diagram-node__title">{node.data.question}</span>
      {node.data.decidedBy ? <span className="diagram-node__detail">{t('diagram.node.decided-by', { who: node.data.decidedBy })}</span> : null}
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function NoteNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  if (node.type !== 'fritekst') return null;
  return (
    <div className="diagram-node diagram-node--fritekst" style={outline(data.remote)}>
      <NodeResizer
        isVisible={selected && !data.readOnly}
        minWidth={120}
        minHeight={60}
        onResizeEnd={(_event, params) => data.onResized?.(id, params, { x: params.x, y: params.y })}
      />
      <RemoteMarks remote={data.remote} />
      <span className="visually-hidden">{t('diagram.node-type.fritekst')}: </span>
      <span className="diagram-node__text">{keepCitations(node.data.text) || nodeTitle(node, t)}</span>
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function GroupNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  if (node.type !== 'gruppe') return null;
  return (
    <div className="diagram-node diagram-node--gruppe" style={outline(data.remote)}>
      <NodeResizer
        isVisible={selected && !data.readOnly}
        minWidth={160}
        minHeight={100}
        onResizeEnd={(_event, params) => data.onResized?.(id, params, { x: params.x, y: params.y })}
      />
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__group-label">{nodeTitle(node, t)}</span>
    </div>
  );
}

function FolderNodeView({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  if (node.type !== 'mappe') return null;
  return (
    <div className={`diagram-node diagram-node--mappe diagram-node--${node.data.kind}`} style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">
        <span aria-hidden="true">{node.data.kind === 'kanal' ? '# ' : '▸ '}</span>
        {t(`diagram.folder-kind.${node.data.kind}`)}
      </span>
      <span className="diagram-node__title">{keepCitations(node.data.name)}</span>
      {node.data.owner ? <span className="diagram-node__detail">{t('diagram.node.owner', { owner: node.data.owner })}</span> : null}
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

function DocumentNodeView({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  if (node.type !== 'dokument') return null;
  return (
    <div className="diagram-node diagram-node--dokument" style={outline(data.remote)}>
      <RemoteMarks remote={data.remote} />
      <span className="diagram-node__kind">{t('diagram.node-type.dokument')}</span>
      <span className="diagram-node__title">{keepCitations(node.data.name)}</span>
      {node.data.status ? <span className="diagram-node__status">{t(`diagram.plan-status.${node.data.status}`)}</span> : null}
      {node.data.owner ? <span className="diagram-node__detail">{t('diagram.node.owner', { owner: node.data.owner })}</span> : null}
      {node.data.link ? (
        <a className="diagram-node__link nodrag" href={node.data.link} target="_blank" rel="noreferrer noopener">
          {t('diagram.node.open-link', { title: node.data.name })}
        </a>
      ) : null}
      <Handles readOnly={data.readOnly} />
    </div>
  );
}

/** The custom node types of diagram boards, for React Flow's `nodeTypes`. */
export const diagramNodeTypes = {
  aktor: memo(ActorNodeView),
  prosessteg: memo(StepNodeView),
  avklaringspunkt: memo(DecisionNodeView),
  fritekst: memo(NoteNodeView),
  gruppe: memo(GroupNodeView),
  mappe: memo(FolderNodeView),
  dokument: memo(DocumentNodeView),
};
