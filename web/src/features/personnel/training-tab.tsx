import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  EXAM_KIND_LABELS,
  EXAM_KINDS,
  TRAINING_CATEGORIES,
  TRAINING_CATEGORY_LABELS,
  type ExamKind,
  type TrainingCategory,
} from '../../../../common/contracts/personnel';
import { ApiErrorAlert } from '../../components/api-error';
import { useRecordExam, useRecordTraining, type OfficerDetail } from './api';
import { Basis } from './labels';

interface TrainingValues {
  course: string;
  provider: string;
  category: TrainingCategory;
  hours: number;
  completedOn: Dayjs;
  certificateNo?: string;
}
interface ExamValues {
  kind: ExamKind;
  takenOn: Dayjs;
  score: number;
  passMark: number;
  note?: string;
}

/** Training hours per year against the minimum, the courses, and the exam results. */
export function TrainingTab({ officer }: { officer: OfficerDetail }) {
  const { message } = App.useApp();
  const training = useRecordTraining();
  const exam = useRecordExam();
  const [modal, setModal] = useState<'training' | 'exam' | null>(null);
  const [tForm] = Form.useForm<TrainingValues>();
  const [eForm] = Form.useForm<ExamValues>();
  const can = officer.abilities;
  const close = () => {
    training.reset();
    exam.reset();
    setModal(null);
  };

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {officer.trainingYears.slice(0, 4).map((y) => (
          <Col key={y.year} xs={12} md={6}>
            <div
              style={{ border: '1px solid #eceef2', borderRadius: 6, padding: 12 }}
              data-testid={`training-year-${y.year}`}
            >
              <Typography.Text type="secondary">{y.year} 年度学时</Typography.Text>
              <div style={{ fontSize: 22, fontWeight: 600 }}>
                {y.hours}
                <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                  {' '}
                  / {y.minimum}
                </Typography.Text>
              </div>
              <Progress
                percent={Math.min(100, Math.round((y.hours / y.minimum) * 100))}
                size="small"
                status={y.short ? 'exception' : 'success'}
                showInfo={false}
              />
              {y.short ? <Tag color="orange">未达标</Tag> : <Tag color="green">已达标</Tag>}
            </div>
          </Col>
        ))}
      </Row>
      <Basis>{officer.trainingYears[0]?.basis ?? ''}</Basis>
      <Space style={{ margin: '16px 0 8px', display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          培训记录
        </Typography.Title>
        {can.recordTraining && (
          <Button icon={<PlusOutlined />} size="small" onClick={() => setModal('training')}>
            登记培训
          </Button>
        )}
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={officer.training}
        columns={[
          { title: '结业日期', dataIndex: 'completedOn', width: 110 },
          { title: '培训名称', dataIndex: 'course' },
          { title: '类别', render: (_, t) => TRAINING_CATEGORY_LABELS[t.category], width: 160 },
          { title: '学时', dataIndex: 'hours', width: 70 },
          { title: '组织单位', dataIndex: 'provider' },
          { title: '登记人', dataIndex: 'recordedByName', width: 120 },
        ]}
      />
      <Space style={{ margin: '16px 0 8px', display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          考试记录
        </Typography.Title>
        {can.recordExam && (
          <Button icon={<PlusOutlined />} size="small" onClick={() => setModal('exam')}>
            登记考试成绩
          </Button>
        )}
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={officer.exams}
        columns={[
          { title: '考试日期', dataIndex: 'takenOn', width: 110 },
          { title: '科目', render: (_, e) => EXAM_KIND_LABELS[e.kind] },
          { title: '成绩', render: (_, e) => `${e.score}（合格线 ${e.passMark}）` },
          {
            title: '结果',
            render: (_, e) => (e.passed ? <Tag color="green">合格</Tag> : <Tag color="red">不合格</Tag>),
          },
          { title: '备注', dataIndex: 'note' },
        ]}
      />
      <Modal
        open={modal === 'training'}
        title={`登记培训：${officer.name}`}
        confirmLoading={training.isPending}
        onCancel={close}
        onOk={() => tForm.submit()}
        destroyOnHidden
      >
        <ApiErrorAlert error={training.error} />
        <Form<TrainingValues>
          form={tForm}
          layout="vertical"
          initialValues={{ category: 'public_law', completedOn: dayjs(), provider: '' }}
          onFinish={(v) =>
            void training
              .mutateAsync({
                id: officer.id,
                body: {
                  course: v.course,
                  provider: v.provider,
                  category: v.category,
                  hours: v.hours,
                  completedOn: v.completedOn.format('YYYY-MM-DD'),
                  certificateNo: v.certificateNo || null,
                },
              })
              .then(
                () => {
                  void message.success('已登记培训');
                  close();
                },
                () => undefined,
              )
          }
        >
          <Form.Item name="course" label="培训名称" rules={[{ required: true, message: '请填写培训名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="category" label="类别">
            <Select
              options={TRAINING_CATEGORIES.map((c) => ({ label: TRAINING_CATEGORY_LABELS[c], value: c }))}
            />
          </Form.Item>
          <Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}>
            <InputNumber min={0.5} max={200} step={0.5} />
          </Form.Item>
          <Form.Item name="completedOn" label="结业日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="provider" label="组织单位">
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="certificateNo" label="结业证书编号">
            <Input maxLength={64} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={modal === 'exam'}
        title={`登记考试成绩：${officer.name}`}
        confirmLoading={exam.isPending}
        onCancel={close}
        onOk={() => eForm.submit()}
        destroyOnHidden
      >
        <ApiErrorAlert error={exam.error} />
        <Form<ExamValues>
          form={eForm}
          layout="vertical"
          initialValues={{ kind: 'general', takenOn: dayjs(), passMark: 60 }}
          onFinish={(v) =>
            void exam
              .mutateAsync({
                id: officer.id,
                body: {
                  kind: v.kind,
                  takenOn: v.takenOn.format('YYYY-MM-DD'),
                  score: v.score,
                  passMark: v.passMark,
                  note: v.note || null,
                },
              })
              .then(
                () => {
                  void message.success('已登记考试成绩');
                  close();
                },
                () => undefined,
              )
          }
        >
          <Form.Item name="kind" label="科目">
            <Select options={EXAM_KINDS.map((k) => ({ label: EXAM_KIND_LABELS[k], value: k }))} />
          </Form.Item>
          <Form.Item name="takenOn" label="考试日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="score" label="成绩" rules={[{ required: true, message: '请填写成绩' }]}>
            <InputNumber min={0} max={150} step={0.5} />
          </Form.Item>
          <Form.Item name="passMark" label="合格线">
            <InputNumber min={0} max={150} step={0.5} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
