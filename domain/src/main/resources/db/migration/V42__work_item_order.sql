-- Opening an order in the workbench (from a dashboard drill-down): the work items of one order of one shop.
CREATE INDEX work_item_order ON work_item (shop_id, order_id);
